from sklearn.ensemble import RandomForestClassifier


class Trainer:
    def run(self, X, y) -> RandomForestClassifier:
        return RandomForestClassifier(n_estimators=200).fit(X, y)
