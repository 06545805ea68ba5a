package dev.tmj.report.html;

import com.github.mustachejava.reflect.ReflectionObjectHandler;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Set;

/**
 * What a report template may look up: the accessors and derived values ({@code hasFindings}) of {@link ReportValues}'
 * records, and nothing else. mustache.java would otherwise call any public no-argument method of any value by
 * name: {@code {{findings.clear}}} emptied the report's list, {@code {{title.getClass}}} reached {@link Class}. A
 * template is a file of the project, possibly changed in the pull request under review, so it gets only the view.
 * A name that is not a view value renders as missing (nothing), as mustache does for any unknown name.
 */
final class ViewObjectHandler extends ReflectionObjectHandler {
    /** Methods every record has that are not values of the view. */
    private static final Set<String> NOT_VALUES = Set.of("toString", "hashCode", "equals", "getClass");

    @Override
    protected void checkMethod(Method member) throws NoSuchMethodException {
        Class<?> owner = member.getDeclaringClass();
        if (!owner.isRecord() || owner.getEnclosingClass() != ReportValues.class
                || NOT_VALUES.contains(member.getName())) {
            throw new NoSuchMethodException("not a value of the report view: " + member.getName());
        }
        super.checkMethod(member);
    }

    @Override
    protected void checkField(Field member) throws NoSuchFieldException {
        // A view value is read through its accessor; no field is visible to a template.
        throw new NoSuchFieldException("not a value of the report view: " + member.getName());
    }
}
