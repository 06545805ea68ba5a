package com.example.notes;

import dev.tmj.dsl.ThreatModel;

/** The notes service's threat model, written with tmj's Java DSL and compiled with the project. */
public final class NotesModel {
    private NotesModel() {
    }

    public static ThreatModel model() {
        var tm = ThreatModel.named("Notes");
        tm.datastore("Notes DB");
        return tm;
    }
}
