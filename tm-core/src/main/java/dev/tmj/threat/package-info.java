/**
 * Threats and threat libraries in pytm's {@code threats.json} format, with tmj's STRIDE and classification
 * extensions; libraries combine ({@code and}) and override one another ({@code overriddenBy}).
 * <p>
 * Public API: {@link dev.tmj.threat.ThreatLibrary}, {@link dev.tmj.threat.Threat}. The JSON reader is internal.
 */
package dev.tmj.threat;
