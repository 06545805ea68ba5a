package dev.tmj.dsl;


/** A group of like processes (pytm's {@code SetOfProcesses}). */
public final class SetOfProcesses extends ProcessSpec<SetOfProcesses> {
    SetOfProcesses(dev.tmj.model.Element element) {
        super(element);
    }
}
