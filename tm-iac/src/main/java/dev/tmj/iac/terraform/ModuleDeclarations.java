package dev.tmj.iac.terraform;

import dev.tmj.iac.hcl.Body;
import dev.tmj.iac.hcl.HclException;
import dev.tmj.model.PositionedException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the files of one module declare, in file then block order, checked as Terraform checks them: each name
 * declared once, each block with its labels. Other top-level blocks ({@code terraform}, {@code moved},
 * {@code import}, {@code check}) say nothing about the architecture and are skipped.
 */
final class ModuleDeclarations {
    final Map<String, Body.Block> variables = new LinkedHashMap<>();
    final Map<String, Body.Attribute> locals = new LinkedHashMap<>();
    final List<Body.Block> resources = new ArrayList<>();
    final List<Body.Block> modules = new ArrayList<>();
    final List<Body.Block> providers = new ArrayList<>();
    final List<Body.Block> outputs = new ArrayList<>();
    private final Map<String, Body.Block> addresses = new HashMap<>();
    private final Map<String, Body.Block> outputNames = new HashMap<>();
    private final List<HclException> errors = new ArrayList<>();

    private ModuleDeclarations() {
    }

    static ModuleDeclarations of(List<Body> files) {
        ModuleDeclarations declared = new ModuleDeclarations();
        for (Body file : files) {
            file.blocks().forEach(declared::add);
        }
        if (!declared.errors.isEmpty()) {
            List<HclException> first = declared.errors.subList(0, Math.min(declared.errors.size(), PositionedException.MAX_ERRORS));
            throw PositionedException.collect(first, declared.errors.size() > first.size());
        }
        return declared;
    }

    /** The resources ({@code aws_vpc.main}), data sources ({@code data.aws_ami.x}) and modules ({@code module.db}). */
    Set<String> addresses() {
        return new TreeSet<>(addresses.keySet());
    }

    private void add(Body.Block block) {
        switch (block.type()) {
            case "variable" -> {
                if (labels(block, 1, "a name")) {
                    once(variables, block.labels().get(0), block, "the variable " + block.labels().get(0));
                }
            }
            case "locals" -> {
                for (Body.Attribute local : block.body().attributes()) {
                    Body.Attribute first = locals.putIfAbsent(local.name(), local);
                    if (first != null) {
                        errors.add(new HclException(local.position(), "the local " + local.name()
                                + " is already declared at " + first.position()));
                    }
                }
            }
            case "resource", "data" -> {
                if (labels(block, 2, "a type and a name")) {
                    String address = (block.type().equals("data") ? "data." : "") + block.labels().get(0) + "."
                            + block.labels().get(1);
                    if (once(addresses, address, block, address)) {
                        resources.add(block);
                    }
                }
            }
            case "module" -> {
                if (labels(block, 1, "a name") && once(addresses, "module." + block.labels().get(0), block,
                        "module." + block.labels().get(0))) {
                    modules.add(block);
                }
            }
            case "provider" -> {
                if (labels(block, 1, "a name")) {
                    providers.add(block);
                }
            }
            case "output" -> {
                if (labels(block, 1, "a name") && once(outputNames, block.labels().get(0), block,
                        "the output " + block.labels().get(0))) {
                    outputs.add(block);
                }
            }
            default -> {
                // terraform, moved, import, check, removed: nothing about the architecture
            }
        }
    }

    private boolean labels(Body.Block block, int count, String what) {
        if (block.labels().size() != count) {
            errors.add(new HclException(block.position(), "a " + block.type() + " block needs " + what
                    + " as its label" + (count > 1 ? "s" : "") + ", found " + block.labels().size()));
            return false;
        }
        return true;
    }

    private boolean once(Map<String, Body.Block> seen, String key, Body.Block block, String what) {
        Body.Block first = seen.putIfAbsent(key, block);
        if (first != null) {
            errors.add(new HclException(block.position(), what + " is already declared at " + first.position()));
            return false;
        }
        return true;
    }
}
