package dev.tmj.report.html;

/** Breaks the rules on purpose (see EveryRuleCanFailTest): a report binds with databind and draws with PlantUML. */
class BrokenReportWriter {
    com.fasterxml.jackson.databind.ObjectMapper mapper;
    net.sourceforge.plantuml.SourceStringReader plantUml;
}
