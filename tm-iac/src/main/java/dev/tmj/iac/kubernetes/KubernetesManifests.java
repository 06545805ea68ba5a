package dev.tmj.iac.kubernetes;

import dev.tmj.iac.yaml.YamlException;
import dev.tmj.iac.yaml.YamlTags;
import dev.tmj.iac.yaml.YamlTree;
import dev.tmj.io.Futures;
import dev.tmj.model.SourcePosition;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Kubernetes manifests read statically into {@link KubernetesObject}s: a file or a folder of {@code *.yaml} and
 * {@code *.yml} files (recursively, in sorted order), multi-document YAML, {@code List} kinds expanded and
 * {@code helm template} output with its {@code # Source:} comments. A Helm chart's own sources (a folder with
 * {@code Chart.yaml}, or a file holding Go template actions) are not YAML until rendered: each becomes one
 * note, never a parse error.
 *
 * @param objects the objects, in file order then document order
 * @param notes what was not read and why, one line each
 */
public record KubernetesManifests(List<KubernetesObject> objects, List<String> notes) {
    /** Files larger than this are refused before being read. */
    public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

    private static final YamlTags NO_TAGS = YamlTags.none("Kubernetes manifests use none");

    static final String UNRENDERED = "unrendered Helm template: run helm template first";

    /**
     * A Go template action as Helm charts write them: trim markers, a pipeline on {@code .} or {@code $}, a comment,
     * or a control or Helm function keyword. Double braces alone are not enough: Kyverno policies and Argo
     * workflows hold {@code "{{ request.namespace }}"} in strings of valid, rendered YAML.
     */
    private static final java.util.regex.Pattern GO_TEMPLATE = java.util.regex.Pattern.compile(
            "\\{\\{-|-\\}\\}|\\{\\{\\s*(?:[.$]|/\\*|(?:if|else|end|range|with|define|template|include|block|toYaml"
                    + "|tpl|printf|quote|default|required|lookup)\\b)");

    public KubernetesManifests {
        objects = List.copyOf(objects);
        notes = List.copyOf(notes);
    }

    /**
     * Reads a manifest file or a folder of them. Positions name files as {@code fileOrDirectory} resolved with each
     * file's path below it, with forward slashes.
     *
     * @throws KubernetesException for YAML tmj cannot read or an object without {@code kind} or
     *     {@code metadata.name}, positioned at the fault
     * @throws UncheckedIOException when a file cannot be read
     */
    public static KubernetesManifests read(Path fileOrDirectory) throws KubernetesException {
        List<KubernetesObject> objects = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        if (Files.isDirectory(fileOrDirectory)) {
            readFolder(fileOrDirectory, objects, notes);
        } else {
            readFile(fileOrDirectory, objects, notes);
        }
        return new KubernetesManifests(objects, notes);
    }

    /**
     * These manifest files (each a file, not a folder), read as {@link #read(Path)} reads a folder's: parsed side by
     * side and taken in the order given, so the objects, the notes and the first error are those of reading one file
     * after another.
     */
    public static KubernetesManifests read(List<Path> files) throws KubernetesException {
        List<KubernetesObject> objects = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        readSideBySide(new ArrayList<>(files), objects, notes);
        return new KubernetesManifests(objects, notes);
    }

    /** A folder's manifests, in sorted order, parsed side by side ({@link #readSideBySide}). */
    private static void readFolder(Path folder, List<KubernetesObject> objects, List<String> notes)
            throws KubernetesException {
        List<Object> found = new ArrayList<>();
        collect(folder, found);
        readSideBySide(found, objects, notes);
    }

    /**
     * Files ({@link Path}s) and notes ({@link String}s) in reading order: the files are parsed side by side, one
     * thread per processor (parsing the YAML is most of reading many manifests), and taken in order, so the objects,
     * the notes and the first error are those of reading one file after another.
     */
    private static void readSideBySide(List<Object> found, List<KubernetesObject> objects, List<String> notes)
            throws KubernetesException {
        List<Path> files = found.stream().filter(Path.class::isInstance).map(Path.class::cast).toList();
        int threads = Math.min(files.size(), Math.min(4, Runtime.getRuntime().availableProcessors()));
        if (threads < 2) {
            readInOrder(found, objects, notes);
            return;
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads,
                task -> {
                    Thread thread = new Thread(task, "tmj-manifests");
                    thread.setDaemon(true);
                    return thread;
                });
        try {
            java.util.Iterator<java.util.concurrent.Future<FileRead>> reads = files.stream()
                    .map(file -> pool.submit(() -> readFile(file))).toList().iterator();
            for (Object item : found) {
                if (item instanceof String note) {
                    notes.add(note);
                } else {
                    awaited(reads.next()).addTo(objects, notes);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void readInOrder(List<Object> found, List<KubernetesObject> objects, List<String> notes)
            throws KubernetesException {
        for (Object item : found) {
            if (item instanceof String note) {
                notes.add(note);
            } else {
                readFile((Path) item, objects, notes);
            }
        }
    }

    private static FileRead awaited(java.util.concurrent.Future<FileRead> read) throws KubernetesException {
        try {
            return Futures.result(read, KubernetesException.class);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new java.io.InterruptedIOException("interrupted while reading manifests"));
        }
    }

    /** The folder's manifest files and the notes for unrendered charts below it, in reading order. */
    private static void collect(Path folder, List<Object> found) {
        if (Files.isRegularFile(folder.resolve("Chart.yaml"))) {
            found.add(name(folder) + ": " + UNRENDERED);
            return;
        }
        List<Path> entries;
        try (Stream<Path> list = Files.list(folder)) {
            entries = list.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path entry : entries) {
            if (Files.isDirectory(entry)) {
                collect(entry, found);
            } else if (isManifest(entry)) {
                found.add(entry);
            }
        }
    }

    private static boolean isManifest(Path file) {
        String fileName = file.getFileName().toString();
        return Files.isRegularFile(file) && (fileName.endsWith(".yaml") || fileName.endsWith(".yml"));
    }

    /** What one file gave: its objects, or the note that it is an unrendered template. */
    private record FileRead(List<KubernetesObject> objects, String note) {
        void addTo(List<KubernetesObject> allObjects, List<String> notes) {
            allObjects.addAll(objects);
            if (note != null) {
                notes.add(note);
            }
        }
    }

    private static void readFile(Path file, List<KubernetesObject> objects, List<String> notes)
            throws KubernetesException {
        readFile(file).addTo(objects, notes);
    }

    private static FileRead readFile(Path file) throws KubernetesException {
        String name = name(file);
        String text;
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new KubernetesException(SourcePosition.of(name, 0, 0),
                        "file larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MiB refused");
            }
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new KubernetesException(SourcePosition.of(name, 0, 0), "not UTF-8 text");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (GO_TEMPLATE.matcher(text).find()) {
            return new FileRead(List.of(), name + ": " + UNRENDERED);
        }
        return new FileRead(HelmTemplates.locate(file, parse(name, text)), null);
    }

    /** The objects of one file's text; {@code file} names it in positions. */
    static List<KubernetesObject> parse(String file, String text) throws KubernetesException {
        HelmSources sources = HelmSources.of(text);
        List<KubernetesObject> objects = new ArrayList<>();
        for (YamlTree.Document document : documents(file, text)) {
            if (document.root() == null) {
                continue; // an empty document, as `helm template` writes for a template that renders nothing
            }
            Optional<String> source = sources.before(document.start().line());
            addObjects(document.root(), "", document, source, objects);
        }
        return objects;
    }

    private static List<YamlTree.Document> documents(String file, String text) throws KubernetesException {
        try {
            return YamlTree.read(file, text, NO_TAGS);
        } catch (YamlException e) {
            throw new KubernetesException(e.position(), e.reason());
        }
    }

    private static void addObjects(Object value, String path, YamlTree.Document document, Optional<String> source,
            List<KubernetesObject> objects) throws KubernetesException {
        SourcePosition at = document.positions().get(path);
        if (!(value instanceof Map<?, ?> raw)) {
            throw new KubernetesException(at, "expected a Kubernetes object (a mapping with kind and metadata)");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> body = (Map<String, Object>) raw;
        String kind = text(body, "kind", path, document);
        if (kind.endsWith("List") && body.get("items") instanceof List<?> items) {
            YamlTree.Document sorted = document.positions() instanceof java.util.NavigableMap<?, ?> ? document
                    : new YamlTree.Document(document.root(), document.start(),
                            new java.util.TreeMap<>(document.positions()));
            for (int i = 0; i < items.size(); i++) {
                addObjects(items.get(i), path + (path.isEmpty() ? "" : ".") + "items[" + i + "]", sorted, source,
                        objects);
            }
            return;
        }
        Object metadata = body.get("metadata");
        if (!(metadata instanceof Map<?, ?>)) {
            throw new KubernetesException(at.at(path), kind + " without metadata: expected metadata.name");
        }
        String name = text(body, "metadata.name", path, document);
        Object apiVersion = body.get("apiVersion");
        String namespace = null;
        if (!KubernetesObject.isClusterScoped(kind)) {
            Object declared = ((Map<?, ?>) metadata).get("namespace");
            namespace = declared instanceof String s && !s.isEmpty() ? s : "default";
        }
        objects.add(new KubernetesObject(apiVersion instanceof String s ? s : "", kind, Optional.ofNullable(namespace),
                name, body, at.at(""), source, relative(document.positions(), path)));
    }

    /** A non-empty string at {@code key} ({@code a} or {@code a.b}) of the object at {@code path}, else an error. */
    private static String text(Map<String, Object> body, String key, String path, YamlTree.Document document)
            throws KubernetesException {
        Object value = body;
        String found = path;
        for (String part : key.split("\\.")) {
            value = value instanceof Map<?, ?> map ? map.get(part) : null;
            if (value != null) {
                found = YamlTree.join(found, part);
            }
        }
        if (value instanceof String s && !s.isEmpty()) {
            return s;
        }
        SourcePosition at = document.positions().get(found);
        String fullPath = path.isEmpty() ? key : path + "." + key;
        throw new KubernetesException(at.at(fullPath), "expected a non-empty string " + key + " in every object");
    }

    /**
     * The positions below {@code prefix} (a List item), keyed by their path relative to it. A sorted view finds them
     * as two key ranges ({@code prefix.} and {@code prefix[}), so a List of many items is not scanned once per item.
     */
    private static Map<String, SourcePosition> relative(Map<String, SourcePosition> positions, String prefix) {
        if (prefix.isEmpty()) {
            return positions;
        }
        java.util.NavigableMap<String, SourcePosition> sorted = positions instanceof java.util.NavigableMap<String,
                SourcePosition> navigable ? navigable : new java.util.TreeMap<>(positions);
        Map<String, SourcePosition> result = new java.util.HashMap<>();
        result.put("", sorted.get(prefix).at(""));
        // '/' follows '.' and '\\' follows '[': each range holds exactly the paths that continue the prefix
        var fields = sorted.subMap(prefix + ".", prefix + "/");
        var elements = sorted.subMap(prefix + "[", prefix + "\\");
        for (var below : List.of(fields, elements)) {
            below.forEach((path, position) -> {
                String rest = path.substring(prefix.length());
                String relativePath = rest.startsWith(".") ? rest.substring(1) : rest;
                result.put(relativePath, position.at(relativePath));
            });
        }
        return result;
    }

    private static String name(Path path) {
        return path.toString().replace('\\', '/');
    }
}
