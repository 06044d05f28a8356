import joblib
import pandas as pd
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score
from sklearn.model_selection import train_test_split

from core.paths import Paths

frame = pd.read_csv(Paths.data.reviews)
train, test = train_test_split(frame, test_size=0.2, random_state=7)
vectorizer = TfidfVectorizer(min_df=2).fit(train["text"])
joblib.dump(vectorizer, Paths.models.vectorizer)
classifier = LogisticRegression(max_iter=1000).fit(vectorizer.transform(train["text"]), train["label"])
joblib.dump(classifier, Paths.models.classifier)
print("f1", f1_score(test["label"], classifier.predict(vectorizer.transform(test["text"])), average="macro"))
