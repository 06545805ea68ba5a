package dev.tmj.pipeline;

import dev.tmj.model.Model;
import java.nio.file.Path;

/**
 * Reads a model file; tm-formats' {@code ModelFiles::read} is the reader of every format tmj knows. tm-core
 * reads no model files itself, so that file formats stay at the edge.
 */
@FunctionalInterface
public interface ModelReader {
    /**
     * @throws dev.tmj.model.TmjException for unreadable or invalid input, with file and position
     */
    Model read(Path file);
}
