import groovy.json.JsonSlurper

String log = new File(basedir, 'build.log').text
assert log.contains('[INFO] tmj: gate passed: no open findings at or above high (1 model, 4 findings, 3 open)')
assert log.contains('BUILD SUCCESS')

File out = new File(basedir, 'target/threat-model')
def json = new JsonSlurper()
def findings = json.parse(new File(out, 'findings.json'))
assert findings.findings.find { it.threat_id == 'DE04' }.status == 'mitigated'

// SARIF: the mitigated finding is suppressed with its justification, located at the model's line.
def sarif = json.parse(new File(out, 'tmj.sarif'))
def de04 = sarif.runs[0].results.find { it.ruleId == 'DE04' }
assert de04.suppressions[0].justification == 'Backups are encrypted with the key in the vault'
assert de04.locations[0].physicalLocation.artifactLocation.uri.endsWith('/passes/notes.yaml')
assert de04.locations[0].physicalLocation.region.startLine == 4

// Code Quality lists open findings only: not the mitigated DE04.
def codeQuality = json.parse(new File(out, 'gl-code-quality-report.json'))
assert codeQuality.size() == 3
assert !codeQuality.any { it.check_name == 'DE04' }

def junit = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new File(out, 'tmj-junit.xml'))
assert junit.documentElement.tagName in ['testsuites', 'testsuite']
assert new File(out, 'tmj-summary.md').text.contains('Gate passed')
return true
