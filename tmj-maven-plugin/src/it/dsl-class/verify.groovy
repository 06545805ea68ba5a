String log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
// The element's line is the DSL call in the compiled class's source (NotesModel.java:12), found in src/main/java.
assert log =~ /tmj: DE04 high "Notes DB" open [^\n]*dsl-class\/src\/main\/java\/com\/example\/notes\/NotesModel\.java:12\r?\n/
assert log.contains('tmj: gate failed: 1 open finding at or above high (1 model, 4 findings, 4 open)')
assert new File(basedir, 'target/classes/com/example/notes/NotesModel.class').isFile()
assert new File(basedir, 'target/threat-model/findings.json').isFile()
return true
