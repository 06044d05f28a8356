"""Telegram bot that tells support agents which queue a message belongs to."""
import os

import telebot

from intent.model import predict_intent

bot = telebot.TeleBot(os.environ["BOT_TOKEN"])


@bot.message_handler(func=lambda message: True)
def route(message):
    bot.reply_to(message, f"queue: {predict_intent([message.text])[0]}")


bot.infinity_polling()
