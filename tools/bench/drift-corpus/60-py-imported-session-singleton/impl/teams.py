from .database import session


async def get_team(team_id):
    team = await session.get(Team, team_id)
    if team is None:
        raise LookupError(team_id)
    return team


async def delete_team(team_id):
    team = await get_team(team_id)
    await session.delete(team)
