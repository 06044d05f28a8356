from setuptools import find_packages, setup

setup(
    name="churn-model",
    version=open("churn_model/VERSION").read().strip(),
    packages=find_packages(include=["churn_model", "churn_model.*"]),
    include_package_data=True,
    install_requires=["scikit-learn>=1.4", "pandas>=2.1", "joblib>=1.3"],
)
