NEGATIVE_PROMPT = "blurry, low quality, watermark"
