from .promote_version import promote_version

__all__ = ["promote_version"]
