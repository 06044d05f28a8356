import xgboost as xgb

from schema import to_frame


class FraudPredictor:
    def load(self, artifacts_uri: str) -> None:
        self.booster = xgb.XGBClassifier()
        self.booster.load_model(f"{artifacts_uri}/model.json")

    def predict(self, instances: dict) -> dict:
        return {"predictions": self.booster.predict_proba(to_frame(instances["instances"]))[:, 1].tolist()}
