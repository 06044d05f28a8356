# {% include 'template/license_header' %}

from .inference import score_batch
{%- if drift_checks %}
from .quality import drift_gate
{%- endif %}
from .training import fit_classifier
