async def get_user(session, user_id):
    user = await session.get(User, user_id)
    if user is None:
        raise LookupError(user_id)
    return user


async def delete_user(session, user_id):
    user = await get_user(session, user_id)
    await session.delete(user)
