import pickle
from concurrent import futures

import grpc

import churn_pb2
import churn_pb2_grpc
from train import to_row

with open("/models/model.pkl", "rb") as handle:
    MODEL = pickle.load(handle)


class ChurnScorer(churn_pb2_grpc.ChurnScorerServicer):
    def Score(self, request, context):
        record = {"day_minutes": request.day_minutes, "support_calls": request.support_calls, "plan": request.plan}
        probability = MODEL.predict_proba(to_row(record).reshape(1, -1))[0, 1]
        return churn_pb2.ScoreReply(churn_probability=float(probability))


def serve() -> None:
    server = grpc.server(futures.ThreadPoolExecutor(max_workers=8))
    churn_pb2_grpc.add_ChurnScorerServicer_to_server(ChurnScorer(), server)
    server.add_insecure_port("[::]:50051")
    server.start()
    server.wait_for_termination()


if __name__ == "__main__":
    serve()
