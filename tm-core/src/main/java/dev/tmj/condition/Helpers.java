package dev.tmj.condition;

import dev.tmj.model.Classification;
import dev.tmj.model.Data;
import dev.tmj.model.Element;
import dev.tmj.model.TLSVersion;
import dev.tmj.python.value.Py;
import dev.tmj.python.value.PyClass;
import java.util.List;

/**
 * The element methods that pytm's conditions may call, with pytm 1.4.0's meaning: {@code oneOf},
 * {@code crosses}, {@code enters}, {@code exits}, {@code inside} (direct parent boundary only, as in pytm),
 * {@code checkTLSVersion} and {@code hasDataLeaks}.
 */
final class Helpers {
    /** The methods, in the order of {@link Call}'s switch. */
    static final List<String> METHODS = List.of("oneOf", "crosses", "enters", "exits", "inside",
            "checkTLSVersion", "hasDataLeaks");

    private Helpers() {
    }

    /** A call of one helper on the element its receiver yields. */
    static final class Call extends Node {
        private static final Object[] NO_ARGUMENTS = {};

        private final String method;
        /** The method's index in {@link #METHODS}: no switch on its text per call. */
        private final int code;
        private final Node receiver;
        private final Node[] arguments;

        Call(String method, Node receiver, List<Node> arguments) {
            this.method = method;
            this.code = METHODS.indexOf(method);
            this.receiver = receiver;
            this.arguments = arguments.toArray(Node[]::new);
        }

        @Override
        Object eval(Frame frame) {
            return test(frame);
        }

        @Override
        boolean test(Frame frame) {
            Object owner = receiver.eval(frame);
            if (!(owner instanceof Element self)) {
                throw new EvaluationException("'" + Py.typeName(owner) + "' object has no attribute '" + method
                        + "'");
            }
            Object[] args = arguments.length == 0 ? NO_ARGUMENTS : new Object[arguments.length];
            for (int i = 0; i < args.length; i++) {
                args[i] = arguments[i].eval(frame);
            }
            return switch (code) {
                case 0 -> oneOf(self, args);
                case 1 -> crosses(self, args);
                case 2 -> self.isDataflow() && boundary(self.source()) == null && inside(self.sink(), args);
                case 3 -> self.isDataflow() && inside(self.source(), args) && boundary(self.sink()) == null;
                case 4 -> inside(self, args);
                case 5 -> checkTLSVersion(self, args, frame);
                case 6 -> hasDataLeaks(self);
                default -> throw new IllegalStateException(method);
            };
        }
    }

    static boolean oneOf(Element self, Object[] candidates) {
        for (Object candidate : candidates) {
            if (candidate instanceof PyClass c ? self.type().isA(c.type()) : candidate == self) {
                return true;
            }
        }
        return false;
    }

    static boolean crosses(Element self, Object[] boundaries) {
        if (!self.isDataflow()) {
            return false;
        }
        Element source = self.source();
        Element sink = self.sink();
        if (boundary(source) == boundary(sink)) {
            return false;
        }
        for (Object b : boundaries) {
            if (b instanceof PyClass) {
                // pytm's class branch ends in "or source.inBoundary is not sink.inBoundary", true by now.
                return true;
            }
            Object[] one = {b};
            if (inside(source, one) != inside(sink, one)) {
                return true;
            }
        }
        return false;
    }

    static boolean inside(Element self, Object[] boundaries) {
        Element parent = boundary(self);
        for (Object b : boundaries) {
            if (b instanceof PyClass c ? parent != null && parent.type().isA(c.type()) : b == parent) {
                return true;
            }
        }
        return false;
    }

    private static Element boundary(Element element) {
        return (Element) element.get("inBoundary");
    }

    static boolean checkTLSVersion(Element self, Object[] args, Frame frame) {
        if (args.length != 1) {
            throw new EvaluationException("checkTLSVersion() takes 1 argument (" + args.length + " given)");
        }
        TLSVersion minimum = (TLSVersion) self.get("minTLSVersion");
        for (Object flow : frame.iterate(args[0])) {
            frame.step();
            if (!(flow instanceof Element f) || !f.isDataflow()) {
                throw new EvaluationException("checkTLSVersion() expects dataflows, got " + Py.typeName(flow));
            }
            if (((TLSVersion) f.get("tlsVersion")).compareTo(minimum) < 0) {
                return true;
            }
        }
        return false;
    }

    static boolean hasDataLeaks(Element flow) {
        if (!flow.isDataflow()) {
            // A method only pytm's Dataflow defines: on anything else Python raises AttributeError.
            throw new EvaluationException("'" + Py.typeName(flow) + "' object has no attribute 'hasDataLeaks'");
        }
        Classification source = (Classification) flow.source().get("maxClassification");
        Classification sink = (Classification) flow.sink().get("maxClassification");
        Classification own = (Classification) flow.get("maxClassification");
        @SuppressWarnings("unchecked")
        List<Data> data = (List<Data>) flow.get("data");
        // By index: an iterator per flow showed in the allocation profile.
        for (int i = 0, n = data.size(); i < n; i++) {
            Classification c = data.get(i).classification();
            if (c.compareTo(source) > 0 || c.compareTo(sink) > 0 || c.compareTo(own) > 0) {
                return true;
            }
        }
        return false;
    }
}
