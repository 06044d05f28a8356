"""Form views: estimate a flat's price, or upload listings to refit the model."""
from django.shortcuts import render

from .forms import FlatForm
from .ml.engine import estimate, train_from_csv


def estimate_view(request):
    form = FlatForm(request.POST or None)
    price = estimate(form.cleaned_data) if request.method == "POST" and form.is_valid() else None
    return render(request, "pricing/estimate.html", {"form": form, "price": price})


def retrain_view(request):
    score = train_from_csv(request.FILES["listings"]) if request.method == "POST" else None
    return render(request, "pricing/retrain.html", {"score": score})
