# A comment board: visitors post comments to a web server that stores them in SQL;
# a scheduled function purges old comments. The version before the change of docs/diff.md.
from pytm import (TM, Actor, Assumption, Boundary, Classification, Data, Dataflow, Datastore,
                  DatastoreType, Finding, Lambda, Server, TLSVersion)

tm = TM("Comment board")
tm.description = "Visitors post comments; a scheduled function purges old ones."
tm.isOrdered = True
tm.mergeResponses = True

internet = Boundary("Internet")
cloud = Boundary("Cloud VPC")
data_tier = Boundary("Data tier")
data_tier.inBoundary = cloud

visitor = Actor("Visitor")
visitor.inBoundary = internet

web = Server("Web server")
web.inBoundary = cloud
web.OS = "Debian"
web.protocol = "HTTPS"
web.port = 443
web.controls.isHardened = True
web.controls.encodesOutput = True
web.controls.isEncrypted = True
web.assumptions = [Assumption("No server-side includes are enabled", exclude=["INP16"])]
web.overrides = [Finding(threat_id="INP02", response="mitigated: bounds checked by the runtime")]

db = Datastore("Comments DB")
db.inBoundary = data_tier
db.type = DatastoreType.SQL
db.controls.isEncryptedAtRest = True
db.maxClassification = Classification.RESTRICTED
db.minTLSVersion = TLSVersion.TLSv12

cleaner = Lambda("Cleanup function")
cleaner.inBoundary = cloud
cleaner.controls.hasAccessControl = True

comment = Data("Comment", format="JSON", classification=Classification.PUBLIC)
session = Data("Session cookie", isCredentials=True, classification=Classification.SECRET, isStored=True)

post = Dataflow(visitor, web, "Post comment")
post.protocol = "HTTPS"
post.dstPort = 443
post.tlsVersion = TLSVersion.TLSv13
post.data = [comment, session]

page = Dataflow(web, visitor, "Render page")
page.responseTo = post

insert = Dataflow(web, db, "Insert comment")
insert.protocol = "PostgreSQL"
insert.dstPort = 5432
insert.tlsVersion = TLSVersion.TLSv11
insert.data = comment

rows = Dataflow(db, web, "Return rows")
rows.responseTo = insert

purge = Dataflow(cleaner, db, "Purge old comments")
purge.protocol = "PostgreSQL"

if __name__ == "__main__":
    tm.process()
