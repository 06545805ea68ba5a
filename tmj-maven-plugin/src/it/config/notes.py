from pytm import TM, Datastore

tm = TM("Notes")
db = Datastore("Notes DB")
tm.process()
