"""Weekly demand forecasting for the stores."""
