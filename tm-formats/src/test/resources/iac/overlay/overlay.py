from pytm import TM, Actor, Element, Dataflow

tm = TM("Shop")
customer = Actor("Customer")
api = Element("Deployment/shop/api")
api.description = "The shop's API"
Dataflow(customer, api, "browses")
tm.process()
