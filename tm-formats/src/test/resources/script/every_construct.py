#!/usr/bin/env python3
"""Every construct that tmj's pytm script reader accepts, in one script."""
from __future__ import annotations

import pytm
import pytm as p
from pytm import (Action, Actor, Agent, Asset, Assumption, Boundary, Classification, Data, Dataflow,
                  DatastoreType, Element, ExternalEntity, Finding, Lambda, Lifetime, LLM, Process,
                  Server as Srv, SetOfProcesses, TLSVersion,)
from pytm import *

early = Actor("Early bird")  # created before TM(...), as pytm allows
tm = TM("Everything", 'Single quotes', isOrdered=True, onDuplicates=Action.IGNORE)
tm.description = ("Implicitly "
                  'joined ' """strings""")
tm.mergeResponses = True
tm.ignoreUnused = False
tm.threatsFile = "threats.json"
tm.assumptions = [Assumption("Global", exclude={"DE01"}, description="why"), "Plain string"]

outer = Boundary("Outer")
inner = Boundary("Inner", inBoundary=outer)
web = Srv("Web", OS="Debian", port=443, levels={0, 1}, sourceFiles=("a.py", "b.py"))
web.inBoundary = inner
web.controls.isHardened = True
web.controls.usesEncryptionAlgorithm = "AES"
controls = web.controls
controls.sanitizesInput = 1
plain = Element("Plain element")
asset = Asset("Plain asset", inBoundary=web.inBoundary)
proc = Process("Proc", codeType="Managed")
procs = SetOfProcesses("Procs", levels=2)
db = p.Datastore("DB", type=DatastoreType.SQL, maxClassification=3, minTLSVersion=TLSVersion.TLSv12)
fn = pytm.Lambda("Fn", environment="prod")
ext = ExternalEntity("Ext", hasPhysicalAccess=True)
model = LLM("Model", hasRAG=True)
agent = Agent("Agent", usesExternalTools=True)

token = Data("Token", classification=Classification.SECRET, isCredentials=True, credentialsLife=Lifetime.MANUAL)
doc = Data(name="Doc", format="JSON")

login = Dataflow(early, web, "Login", data=token, dstPort=443, tlsVersion=TLSVersion.TLSv13)
reply = Dataflow(source=web, sink=early, name="Reply", responseTo=login, data=[doc, token])
query = Dataflow(web, db, name="Query")
query.data = "rows of text"
query.levels = [0, 1]
query.srcPort = -1
query.note = 'a "quoted" note'
web.overrides = [
    Finding(threat_id="INP02", response="mitigated", cvss="2.0"),
    Finding(threat_id="AC01"),
]
web.assumptions = [Assumption("No SSI", exclude=["INP16"])]
a = b = Actor("Twice")
Dataflow(a, ext, "Unnamed flow")
pass; pass

if __name__ == "__main__":
    tm.process()
