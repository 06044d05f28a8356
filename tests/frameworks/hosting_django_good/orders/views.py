"""Plain CRUD JSON views: no model here."""
from django.http import JsonResponse
from django.shortcuts import get_object_or_404

from orders.models import Order


def order_detail(request, order_id: int):
    order = get_object_or_404(Order, pk=order_id)
    return JsonResponse({"id": order.pk, "status": order.status, "total": float(order.total)})
