# {% include 'template/license_header' %}

from .inference import score_batch
{%- if with_offline_checks %}
from .checks import evaluate_predictions
{%- endif %}
