String log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
// The model comes from tmj.yaml; the gate from the pom (tmj.yaml's failOn: none would pass).
assert log =~ /on project config: tmj: DE04 high "Notes DB" open [^\n]*config\/notes\.py:4\r?\n/
assert log.contains('tmj: gate failed: 1 open finding at or above high (1 model, 4 findings, 4 open)')
return true
