package dev.tmj.iac.hcl;

import dev.tmj.iac.hcl.Expression.Template;
import dev.tmj.iac.hcl.Value.Num;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes an expression back as HCL, with every operation in parentheses so that the text shows the tree the parser
 * built ({@code ((a + (b * c)) == d)}). Parentheses written in the source are not shown again: parsing a printed
 * expression and printing it again gives the same text.
 */
final class Printer {
    private Printer() {
    }

    static String print(Expression e) {
        if (e instanceof Expression.Literal literal) {
            Object v = literal.value();
            return v == null ? "null" : v instanceof BigDecimal n ? Num.plain(n) : v.toString();
        } else if (e instanceof Template template) {
            return "\"" + parts(template.parts()) + "\"";
        } else if (e instanceof Expression.Variable variable) {
            return variable.name();
        } else if (e instanceof Expression.GetAttr get) {
            return print(get.source()) + "." + get.name();
        } else if (e instanceof Expression.Index index) {
            return print(index.source()) + "[" + print(index.key()) + "]";
        } else if (e instanceof Expression.Splat splat) {
            return print(splat.source()) + (splat.full() ? "[*]" : ".*") + print(splat.each());
        } else if (e instanceof Expression.SplatItem) {
            return "";
        } else if (e instanceof Expression.Tuple tuple) {
            return "[" + join(tuple.items()) + "]";
        } else if (e instanceof Expression.ObjectCons object) {
            return "{" + object.items().stream().map(i -> key(i.key()) + " = " + print(i.value()))
                    .collect(Collectors.joining(", ")) + "}";
        } else if (e instanceof Expression.Call call) {
            return call.name() + "(" + join(call.args()) + (call.expandFinal() ? "..." : "") + ")";
        } else if (e instanceof Expression.Unary unary) {
            return "(" + unary.operator().symbol() + print(unary.operand()) + ")";
        } else if (e instanceof Expression.Binary binary) {
            return "(" + print(binary.left()) + " " + binary.operator().symbol() + " " + print(binary.right()) + ")";
        } else if (e instanceof Expression.Conditional c) {
            return "(" + print(c.condition()) + " ? " + print(c.then()) + " : " + print(c.otherwise()) + ")";
        } else if (e instanceof Expression.For f) {
            String vars = (f.keyVar() == null ? "" : f.keyVar() + ", ") + f.valueVar();
            String head = "for " + vars + " in " + print(f.collection()) + " : ";
            String cond = f.condition() == null ? "" : " if " + print(f.condition());
            return f.keyResult() == null ? "[" + head + print(f.value()) + cond + "]"
                    : "{" + head + print(f.keyResult()) + " => " + print(f.value()) + (f.grouping() ? "..." : "") + cond + "}";
        }
        return print(((Expression.Parens) e).expression());
    }

    private static String key(Expression key) {
        return key instanceof Template ? print(key) : "(" + print(key) + ")";
    }

    private static String join(List<Expression> items) {
        return items.stream().map(Printer::print).collect(Collectors.joining(", "));
    }

    static String parts(List<Template.Part> parts) {
        StringBuilder out = new StringBuilder();
        for (Template.Part part : parts) {
            if (part instanceof Template.Text text) {
                out.append(text.text().replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n")
                        .replace("\r", "\\r").replace("\t", "\\t").replace("${", "$${").replace("%{", "%%{"));
            } else if (part instanceof Template.Interpolation in) {
                out.append("${").append(print(in.expression())).append("}");
            } else if (part instanceof Template.If branch) {
                out.append("%{ if ").append(print(branch.condition())).append(" }").append(parts(branch.then()));
                if (!branch.otherwise().isEmpty()) {
                    out.append("%{ else }").append(parts(branch.otherwise()));
                }
                out.append("%{ endif }");
            } else if (part instanceof Template.For loop) {
                out.append("%{ for ").append(loop.key() == null ? "" : loop.key() + ", ").append(loop.value())
                        .append(" in ").append(print(loop.collection())).append(" }").append(parts(loop.body()))
                        .append("%{ endfor }");
            }
        }
        return out.toString();
    }
}
