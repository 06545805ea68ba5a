import groovy.json.JsonSlurper

String log = new File(basedir, 'build.log').text
assert log.contains('[INFO] tmj: gate passed: no open findings at or above high (1 model, 4 findings, 3 open)')
assert log.contains('BUILD SUCCESS')

File out = new File(basedir, 'target/threat-model')
def findings = new JsonSlurper().parse(new File(out, 'findings.json'))
def de04 = findings.findings.find { it.threat_id == 'DE04' }
assert de04 != null
assert de04.status == 'mitigated'
return true
