import pandas as pd
from django.core.management.base import BaseCommand
from evidently import Report
from evidently.presets import DataDriftPreset


class Command(BaseCommand):
    help = "Compare last week's scored orders with the training snapshot"

    def handle(self, *args, **options):
        reference = pd.read_parquet("data/orders_train_sample.parquet")
        current = pd.read_parquet("data/scored_last_week.parquet")
        Report([DataDriftPreset()]).run(reference_data=reference, current_data=current)
