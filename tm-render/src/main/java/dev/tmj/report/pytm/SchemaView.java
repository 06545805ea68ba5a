package dev.tmj.report.pytm;

import dev.tmj.model.Attribute;
import dev.tmj.model.ModelObject;
import java.util.List;
import java.util.function.Supplier;

/**
 * What the views of schema-backed model objects share: the attributes are the schema's, wrapped by
 * {@link ReportModel#wrap}; {@code str()} is {@code Type(name)} and {@code repr()} {@code <module.Type(name)>}.
 * A view adds its methods and special attributes by overriding, and its own {@code str}/{@code repr} where pytm's
 * differ (then it passes no module and no name).
 */
abstract class SchemaView implements ObjectView {
    final ReportModel report;
    private final ModelObject object;
    private final String typeName;
    private final String module;
    private final Supplier<String> name;

    SchemaView(ReportModel report, ModelObject object, String typeName, String module, Supplier<String> name) {
        this.report = report;
        this.object = object;
        this.typeName = typeName;
        this.module = module;
        this.name = name;
    }

    @Override
    public String typeName() {
        return typeName;
    }

    @Override
    public Object attribute(String name) {
        return report.schemaAttribute(object, name);
    }

    @Override
    public List<String> attributeNames() {
        // tmj's extensions (privacy facts) are iterated only where the model sets them, so a pytm model's
        // template output stays pytm's; a template can still read them by name.
        return object.schema().attributes().stream()
                .filter(a -> !a.extension() || object.isSet(a.name())).map(Attribute::name).toList();
    }

    @Override
    public String str() {
        return typeName + "(" + name.get() + ")";
    }

    @Override
    public String repr() {
        return "<" + module + "." + typeName + "(" + name.get() + ")>";
    }
}
