package dev.tmj.format.json;

import dev.tmj.model.Data;
import dev.tmj.model.Element;
import dev.tmj.model.Model;
import dev.tmj.model.ModelObject;
import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The name of each element and data item of a model as its JSON string literal, escaped once: pytm's {@code --json}
 * writes a flow's name in its own object, in its source's {@code outputs}, its sink's {@code inputs}, each of its
 * data items' {@code carriedBy} and every finding's {@code target}, so at 50,000 flows escaping names character by
 * character was most of the element sections' time. Built before writing and then only read, by every thread of
 * one document.
 */
final class NameLiterals {
    private final Map<ModelObject, byte[]> literals;

    private NameLiterals(Map<ModelObject, byte[]> literals) {
        this.literals = literals;
    }

    /** The literals of every element (boundaries and flows included) and data item of a model. */
    static NameLiterals of(Model model) {
        Map<ModelObject, byte[]> literals = new IdentityHashMap<>(model.elements().size() + model.data().size());
        PythonJsonOutput scratch = PythonJsonOutput.inMemory(new byte[256]);
        try {
            for (Element element : model.elements()) {
                literals.put(element, literal(scratch, element.name()));
            }
            for (Data data : model.data()) {
                literals.put(data, literal(scratch, data.name()));
            }
        } catch (IOException e) {
            throw new IllegalStateException("an output kept in memory cannot fail", e);
        }
        return new NameLiterals(literals);
    }

    private static byte[] literal(PythonJsonOutput scratch, String name) throws IOException {
        if (name == null) {
            return PythonJsonOutput.NULL;
        }
        scratch.appendString(name);
        return scratch.take();
    }

    /** The literal of an element's or data item's name, or null for an object not of the model. */
    byte[] of(ModelObject object) {
        return literals.get(object);
    }
}
