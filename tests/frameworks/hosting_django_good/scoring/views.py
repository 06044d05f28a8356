import numpy as np
import onnxruntime as ort
from rest_framework import serializers, status
from rest_framework.response import Response
from rest_framework.views import APIView

from ml.columns import COLUMNS

SESSION = ort.InferenceSession("scoring/artifacts/fraud.onnx")


class OrderSerializer(serializers.Serializer):
    basket_value = serializers.FloatField()
    items = serializers.IntegerField()
    account_age_days = serializers.IntegerField()
    failed_payments_30d = serializers.IntegerField()


class FraudScoreView(APIView):
    def post(self, request):
        serializer = OrderSerializer(data=request.data)
        if not serializer.is_valid():
            return Response(serializer.errors, status=status.HTTP_400_BAD_REQUEST)
        x = np.asarray([[serializer.validated_data[c] for c in COLUMNS]], dtype=np.float32)
        _, probabilities = SESSION.run(None, {SESSION.get_inputs()[0].name: x})
        return Response({"fraud_probability": float(probabilities[0][1])})
