from concurrent import futures

import grpc
import onnxruntime as ort

SESSION = ort.InferenceSession("models/sentiment.onnx")


def serve(servicer, register) -> None:
    server = grpc.server(futures.ThreadPoolExecutor(max_workers=8))
    register(servicer, server)
    server.add_insecure_port("[::]:50051")
    server.start()
    server.wait_for_termination()
