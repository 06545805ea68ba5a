package dev.tmj.dsl;

import dev.tmj.model.Element;

/** A group of like processes (pytm's {@code SetOfProcesses}). */
public final class SetOfProcessesSpec extends AbstractProcessSpec<SetOfProcessesSpec> {
    SetOfProcessesSpec(Element element) {
        super(element);
    }
}
