String log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log.contains("on project bad-input: tmj: unknown severity 'severe': expected one of info, very-low, low, medium, high, very-high or none")
assert !log.contains('gate failed')
assert !new File(basedir, 'target/threat-model/findings.json').exists()
return true
