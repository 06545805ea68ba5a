String log = new File(basedir, 'build.log').text
assert log.contains('tmj: check skipped (tmj.skip)')
assert !new File(basedir, 'target/threat-model').exists()
return true
