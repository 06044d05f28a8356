from pricing.utils import to_dmatrix, validate_payload

__all__ = ["to_dmatrix", "validate_payload"]
