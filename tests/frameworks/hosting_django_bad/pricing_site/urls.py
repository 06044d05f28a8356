from django.urls import path

from predictor import views

urlpatterns = [path("api/estimate/", views.estimate, name="estimate")]
