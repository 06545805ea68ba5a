/**
 * Python's value rules, written once for every part of tmj that evaluates Python: the condition language, the pytm
 * script reader and the pytm report template engine. Truthiness, equality, identity, ordering, membership,
 * iteration, {@code str()}, {@code repr()} and {@code format()} are {@link dev.tmj.python.value.Py}'s.
 *
 * <p>How Python values are represented, everywhere:
 * <ul>
 *   <li>{@code None} is Java {@code null} (there is no None object);</li>
 *   <li>{@code bool}, {@code int}, {@code float} and {@code str} are {@link java.lang.Boolean},
 *       {@link java.lang.Long} (every int, never {@link java.lang.Integer}), {@link java.lang.Double} and
 *       {@link java.lang.String};</li>
 *   <li>{@code list} is a {@link java.util.List}, {@code tuple} a {@link dev.tmj.python.value.PyTuple},
 *       {@code set} a {@link java.util.Set} and {@code dict} a {@link java.util.Map};</li>
 *   <li>pytm's element classes ({@code Server}, {@code Datastore} ...) are {@link dev.tmj.python.value.PyClass}es;
 *       the model's objects and enumerations are themselves;</li>
 *   <li>anything else that takes part implements {@link dev.tmj.python.value.PyObject} and gives its own type
 *       name, {@code str()}, {@code repr()} and truth value.</li>
 * </ul>
 * The model stores its values in exactly these types (ints as Long), so a model value enters Python unconverted.
 *
 * <p>Public for tmj's own modules; not an API for models or applications.
 */
package dev.tmj.python.value;
