package dev.tmj.format;

import dev.tmj.iac.terraform.Declarations;
import dev.tmj.iac.terraform.TerraformConfig;
import dev.tmj.iac.terraform.TerraformModel;
import dev.tmj.model.Model;
import dev.tmj.model.ModelWarning;
import dev.tmj.model.SourceLocation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Terraform root modules of a set of inputs: every folder holding {@code *.tf} files that no other such folder
 * calls as a local module (a module is read as part of its caller, with the caller's arguments, never on its own).
 * A folder given twice is read once.
 */
final class TerraformFolders {
    private final Set<Path> candidates = new LinkedHashSet<>();
    private final Map<Path, TerraformConfig> configs = new LinkedHashMap<>();
    private final Set<Path> modules = new LinkedHashSet<>();

    /** A folder of {@code *.tf} files, absolute and normalised. */
    void addRoot(Path folder) {
        candidates.add(folder);
    }

    /**
     * Reads every candidate folder and finds the local modules they call.
     *
     * @throws dev.tmj.iac.hcl.HclException for Terraform tmj cannot read, positioned
     */
    void read() throws IOException {
        for (Path folder : candidates) {
            TerraformConfig config = TerraformConfig.read(folder);
            configs.put(folder, config);
            for (Declarations.ModuleCall call : config.modules()) {
                if (call.followed()) {
                    Path caller = Path.of(call.position().file()).toAbsolutePath().normalize().getParent();
                    modules.add(caller.resolve(call.source()).normalize());
                }
            }
        }
    }

    /** Whether a file lies in a local module's folder (or below it): such files belong to the module. */
    boolean inModule(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return modules.stream().anyMatch(absolute::startsWith);
    }

    /** Adds the resources of every root module, in the order found; their notes become warnings. */
    void addTo(Model model, List<ModelWarning> notes) {
        for (Map.Entry<Path, TerraformConfig> root : configs.entrySet()) {
            if (modules.contains(root.getKey())) {
                continue;
            }
            TerraformConfig config = root.getValue();
            for (Declarations.Note note : config.notes()) {
                var at = note.position();
                notes.add(new ModelWarning(new SourceLocation(at.file() == null ? "" : at.file(),
                        Math.max(at.line(), 0), Math.max(at.column(), 0)), note.message()));
            }
            TerraformModel.addTo(model, config);
        }
    }

    /** The root folders read (for tests and messages). */
    List<Path> roots() {
        List<Path> roots = new ArrayList<>(configs.keySet());
        roots.removeAll(modules);
        return roots;
    }
}
