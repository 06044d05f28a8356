"""Multi Model Server custom service: MMS calls the module-level handle(data, context)."""
import mxnet as mx


class Service:
    def __init__(self):
        self.net = None

    def initialize(self, context):
        self.net = mx.gluon.SymbolBlock.imports("model-symbol.json", ["data"], "model-0000.params")

    def inference(self, batch):
        return self.net(mx.nd.array(batch)).asnumpy().tolist()


_service = Service()


def handle(data, context):
    if _service.net is None:
        _service.initialize(context)
    return [_service.inference(row.get("body")) for row in data] if data else None
