String log = new File(basedir, 'build.log').text
// The failure message is what tmj check prints on stderr: the failing finding, then the verdict.
assert log.contains('BUILD FAILURE')
assert log =~ /(?m)Failed to execute goal dev\.tmj:tmj-maven-plugin:[^ ]+:check \(default\) on project fails-with-the-gate-message: tmj: DE04 high "Notes DB" open [^\n]*notes\.py:4\r?\n\[ERROR\] tmj: gate failed: 1 open finding at or above high \(1 model, 4 findings, 4 open\)/
// The outputs are written before the build fails: a pipeline still publishes them.
assert new File(basedir, 'target/threat-model/findings.json').isFile()
return true
