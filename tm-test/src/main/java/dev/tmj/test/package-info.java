/**
 * Testing threat models: AssertJ assertions that read as sentences ({@link dev.tmj.test.ThreatModelAssertions})
 * and a JUnit 5 extension ({@link dev.tmj.test.ThreatModelTest}) that resolves a model once per class, links
 * tests to the findings they mitigate ({@link dev.tmj.test.Mitigates}) and writes the reports after the class.
 */
package dev.tmj.test;
