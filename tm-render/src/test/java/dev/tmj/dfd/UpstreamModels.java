package dev.tmj.dfd;

import dev.tmj.dsl.ThreatModel;
import dev.tmj.model.Action;

/** The models of pytm's own DFD tests (tests/test_pytmfunc.py), in the Java DSL, element for element. */
final class UpstreamModels {
    private UpstreamModels() {
    }

    /** test_dfd and test_dfd_colormap (drawn to dfd.dot and dfd_colormap.dot). */
    static ThreatModel companyNet() {
        var tm = ThreatModel.named("my test tm").description("aaa");
        var internet = tm.boundary("Internet");
        var net = tm.boundary("Company net");
        var dmz = tm.boundary("dmz").in(net);
        var backend = tm.boundary("backend").in(net);
        var user = tm.actor("User").in(internet);
        var gw = tm.server("Gateway").in(dmz);
        var web = tm.server("Web Server").in(backend);
        var db = tm.datastore("SQL Database").in(backend);
        var comment = tm.data("Comment").isStored(true);
        tm.dataflow(user, gw, "User enters comments (*)");
        tm.dataflow(gw, web, "Request");
        tm.dataflow(web, db, "Insert query with comments").data(comment);
        tm.dataflow(db, web, "Retrieve comments");
        tm.dataflow(web, gw, "Response");
        tm.dataflow(gw, user, "Show comments (*)");
        return tm;
    }

    /** test_dfd_duplicates_ignore: two duplicate flows that pytm leaves out (also drawn to dfd.dot). */
    static ThreatModel companyNetWithDuplicates() {
        var tm = ThreatModel.named("my test tm").description("aaa").onDuplicates(Action.IGNORE);
        var internet = tm.boundary("Internet");
        var net = tm.boundary("Company net");
        var dmz = tm.boundary("dmz").in(net);
        var backend = tm.boundary("backend").in(net);
        var user = tm.actor("User").in(internet);
        var gw = tm.server("Gateway").in(dmz);
        var web = tm.server("Web Server").in(backend);
        var db = tm.datastore("SQL Database").in(backend);
        tm.dataflow(user, gw, "User enters comments (*)");
        tm.dataflow(user, gw, "User views comments");
        tm.dataflow(gw, web, "Request");
        tm.dataflow(web, db, "Insert query with comments");
        tm.dataflow(web, db, "Select query");
        tm.dataflow(db, web, "Retrieve comments");
        tm.dataflow(web, gw, "Response");
        tm.dataflow(gw, user, "Show comments (*)");
        return tm;
    }

    /** test_multilevel_dfd: the user on level {@code userLevel}, everything else on level 0. */
    static ThreatModel levels(int userLevel) {
        var tm = ThreatModel.named("my test tm").description("aaa");
        var internet = tm.boundary("Internet");
        var serverDb = tm.boundary("Server/DB");
        var user = tm.actor("User").in(internet).levels(userLevel);
        var web = tm.server("Web Server");
        var db = tm.datastore("SQL Database").in(serverDb);
        tm.dataflow(user, web, "User enters comments (*)").note("bbb");
        tm.dataflow(web, db, "Insert query with comments").note("ccc");
        tm.dataflow(db, web, "Retrieve comments");
        tm.dataflow(web, user, "Show comments (*)");
        return tm;
    }
}
