"""Form view: estimate a flat's price."""
from django.shortcuts import render

from .forms import FlatForm
from .ml.engine import estimate


def estimate_view(request):
    form = FlatForm(request.POST or None)
    price = estimate(form.cleaned_data) if request.method == "POST" and form.is_valid() else None
    return render(request, "pricing/estimate.html", {"form": form, "price": price})
