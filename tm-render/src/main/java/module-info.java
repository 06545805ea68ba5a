/**
 * Renderers of resolved models: data-flow and sequence diagrams, pytm's report templates, tmj's HTML and Markdown
 * reports, and {@code Outputs}, which renders any set of them. Every package is API.
 */
// PlantUML (net.sourceforge.plantuml) and mustache.java (com.github.mustachejava) have no module descriptor: they
// are automatic modules named by their manifests' Automatic-Module-Name.
@SuppressWarnings("requires-automatic")
module dev.tmj.render {
    requires transitive dev.tmj.core;
    requires dev.tmj.formats;
    // The HTML report's SVG sanitiser parses the inline diagram with the JDK's DOM parser.
    requires java.xml;
    // The HTML report embeds its data as JSON, written with Jackson's generator (ScriptJsonWriter).
    requires com.fasterxml.jackson.core;
    // Diagrams: PlantUML for sequence diagrams and the Smetana fallback (Graphviz's dot runs as a child process).
    requires net.sourceforge.plantuml;
    // tmj's reports: mustache.java, which reads the report views reflectively (see the opens below).
    requires com.github.mustachejava;

    exports dev.tmj.render;
    exports dev.tmj.dfd;
    exports dev.tmj.sequence;
    exports dev.tmj.report.pytm;
    exports dev.tmj.report.html;
    exports dev.tmj.check;

    // mustache.java's ReflectionObjectHandler reads the package-private view records of the HTML/Markdown reports.
    opens dev.tmj.report.html to com.github.mustachejava;
}
