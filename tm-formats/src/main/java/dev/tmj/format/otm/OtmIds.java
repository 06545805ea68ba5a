package dev.tmj.format.otm;

import java.text.Normalizer;
import java.util.Locale;

/** The ids tmj derives where OTM needs one and tmj's model has none: the project's, from the model's name. */
final class OtmIds {
    private OtmIds() {
    }

    /** Lower case letters and digits joined by single dashes: {@code "Web Shop (v2)"} is {@code web-shop-v2}. */
    static String slug(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.isEmpty() ? "model" : slug;
    }
}
