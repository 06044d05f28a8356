from django.urls import path

from . import views

urlpatterns = [path("", views.estimate_view), path("retrain/", views.retrain_view)]
